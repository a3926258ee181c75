// Nothing to do yet: the checks run in the post step, after the watch step's post phase.
console.log('The requests VibeIQ received are checked when the job ends.')
