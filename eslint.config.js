import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // script/junit-fixtures holds sample tests for other tools, run only to write fixtures
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'script/junit-fixtures/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'script/*.mjs', 'script/*/*.mjs'] },
        tsconfigRootDir: import.meta.dirname
      }
    }
  },
  { files: ['__tests__/**/*.ts'], ...jest.configs['flat/recommended'] },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      // nock's reply callbacks and the stand-ins' JSON bodies are untyped by nature
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      'jest/no-conditional-expect': 'off'
    }
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked }
)
