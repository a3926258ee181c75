/** Each CI's documented variables, as a job of that CI sees them (values from the CIs' docs). */
export const CI_ENVIRONMENTS = {
  'github-actions': {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_WORKFLOW: 'Build for VibeIQ',
    GITHUB_JOB: 'build',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat'
  },
  gitlab: {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_JOB_URL: 'https://gitlab.example.com/acme/widgets/-/jobs/8001',
    CI_PIPELINE_URL: 'https://gitlab.example.com/acme/widgets/-/pipelines/700',
    CI_PIPELINE_ID: '700',
    CI_JOB_NAME: 'build',
    CI_JOB_ID: '8001',
    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    CI_COMMIT_REF_NAME: 'main',
    GITLAB_USER_LOGIN: 'alice',
    CI_REPOSITORY_URL: 'https://gitlab-ci-token:glcbt-SECRET@gitlab.example.com/acme/widgets.git'
  },
  'azure-pipelines': {
    TF_BUILD: 'True',
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/fabrikam/',
    SYSTEM_TEAMPROJECT: 'Fabrikam Fiber',
    BUILD_BUILDID: '1430',
    BUILD_DEFINITIONNAME: 'widgets-ci',
    SYSTEM_JOBDISPLAYNAME: 'Build',
    SYSTEM_JOBATTEMPT: '1',
    BUILD_SOURCEVERSION: '0123456789abcdef0123456789abcdef01234567',
    BUILD_SOURCEBRANCH: 'refs/heads/main',
    BUILD_REQUESTEDFOR: 'Alice Smith'
  },
  circleci: {
    CI: 'true',
    CIRCLECI: 'true',
    CIRCLE_BUILD_URL: 'https://app.circleci.com/pipelines/github/acme/widgets/12/workflows/abc/jobs/345',
    CIRCLE_PROJECT_USERNAME: 'acme',
    CIRCLE_PROJECT_REPONAME: 'widgets',
    CIRCLE_JOB: 'build',
    CIRCLE_BUILD_NUM: '345',
    CIRCLE_SHA1: '0123456789abcdef0123456789abcdef01234567',
    CIRCLE_BRANCH: 'main',
    CIRCLE_USERNAME: 'alice'
  },
  'bitbucket-pipelines': {
    CI: 'true',
    BITBUCKET_BUILD_NUMBER: '57',
    BITBUCKET_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    BITBUCKET_REPO_FULL_NAME: 'acme/widgets',
    BITBUCKET_STEP_UUID: '{7a1b}',
    BITBUCKET_BRANCH: 'main',
    BITBUCKET_STEP_TRIGGERER_UUID: '{u-1}'
  },
  buildkite: {
    CI: 'true',
    BUILDKITE: 'true',
    BUILDKITE_BUILD_URL: 'https://buildkite.com/acme/widgets/builds/1514',
    BUILDKITE_PIPELINE_SLUG: 'widgets',
    BUILDKITE_LABEL: ':hammer: Build',
    BUILDKITE_BUILD_NUMBER: '1514',
    BUILDKITE_RETRY_COUNT: '1',
    BUILDKITE_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    BUILDKITE_BRANCH: 'main',
    BUILDKITE_BUILD_CREATOR: 'Alice Smith'
  },
  jenkins: {
    JENKINS_URL: 'https://ci.example.com/',
    BUILD_URL: 'https://ci.example.com/job/widgets/job/main/15/',
    JOB_NAME: 'widgets/main',
    STAGE_NAME: 'Build',
    BUILD_NUMBER: '15',
    GIT_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    BRANCH_NAME: 'main'
  }
} satisfies Record<string, Record<string, string>>
