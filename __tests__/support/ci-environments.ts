function forgeActions(server: string, runId: string) {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'build.yaml',
    GITHUB_JOB: 'build',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'alice'
  }
}

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
    BUILDKITE_JOB_ID: '0190b7d4-3c2e-4a8e-9d62-5a1f0e3b2c11',
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
    // in the README's post { always { ... } }, as Declarative Pipeline names that stage
    STAGE_NAME: 'Declarative: Post Actions',
    BUILD_NUMBER: '15',
    GIT_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    BRANCH_NAME: 'main'
  },
  // Gitea's act_runner and Forgejo's runner set GitHub's variables and their own marker
  'gitea-actions': { ...forgeActions('https://gitea.example.com', '77'), GITEA_ACTIONS: 'true' },
  'forgejo-actions': { ...forgeActions('https://codeberg.org', '88'), FORGEJO_ACTIONS: 'true' },
  // docs.semaphoreci.com/reference/env-vars
  semaphore: {
    CI: 'true',
    SEMAPHORE: 'true',
    SEMAPHORE_ORGANIZATION_URL: 'https://acme.semaphoreci.com',
    SEMAPHORE_JOB_ID: 'a26d42cf-89ac-4c3f-9e2d-51bb231897bf',
    SEMAPHORE_JOB_NAME: 'Build',
    SEMAPHORE_PROJECT_NAME: 'widgets',
    SEMAPHORE_WORKFLOW_ID: '1be81412-6ab8-4fc0-8d0d-2af3c1d7ea7b',
    SEMAPHORE_GIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    SEMAPHORE_GIT_BRANCH: 'main'
  },
  // docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html
  'aws-codebuild': {
    CODEBUILD_BUILD_ID: 'widgets:b1e6661e-e4f2-4156-9ab9-82a19EXAMPLE',
    CODEBUILD_BUILD_NUMBER: '12',
    CODEBUILD_RESOLVED_SOURCE_VERSION: '0123456789abcdef0123456789abcdef01234567',
    CODEBUILD_SOURCE_VERSION: 'refs/heads/main',
    CODEBUILD_INITIATOR: 'alice'
  },
  // docs.travis-ci.com/user/environment-variables
  'travis-ci': {
    CI: 'true',
    TRAVIS: 'true',
    TRAVIS_JOB_WEB_URL: 'https://app.travis-ci.com/github/acme/widgets/jobs/46812086',
    TRAVIS_REPO_SLUG: 'acme/widgets',
    TRAVIS_JOB_NUMBER: '60.1',
    TRAVIS_JOB_ID: '46812086',
    TRAVIS_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    TRAVIS_BRANCH: 'main'
  },
  // woodpecker-ci.org/docs/usage/environment
  woodpecker: {
    CI: 'woodpecker',
    CI_PIPELINE_URL: 'https://ci.example.com/repos/7/pipeline/31',
    CI_REPO: 'acme/widgets',
    CI_STEP_NAME: 'build',
    CI_PIPELINE_NUMBER: '31',
    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    CI_COMMIT_BRANCH: 'main'
  },
  // docs.drone.io/pipeline/environment/reference
  drone: {
    CI: 'true',
    DRONE: 'true',
    DRONE_BUILD_LINK: 'https://drone.example.com/acme/widgets/42',
    DRONE_REPO: 'acme/widgets',
    DRONE_STEP_NAME: 'build',
    DRONE_BUILD_NUMBER: '42',
    DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    DRONE_BRANCH: 'main',
    DRONE_COMMIT_AUTHOR: 'alice'
  },
  // docs.bitrise.io/en/bitrise-ci/references/available-environment-variables.html
  bitrise: {
    CI: 'true',
    BITRISE_IO: 'true',
    BITRISE_BUILD_URL: 'https://app.bitrise.io/build/5f1a2b3c4d5e6f70',
    BITRISE_APP_TITLE: 'widgets',
    BITRISE_TRIGGERED_WORKFLOW_ID: 'primary',
    BITRISE_BUILD_NUMBER: '9',
    BITRISE_GIT_COMMIT: '0123456789abcdef0123456789abcdef01234567',
    BITRISE_GIT_BRANCH: 'main'
  }
} satisfies Record<string, Record<string, string>>
