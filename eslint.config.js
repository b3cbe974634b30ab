import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Typed linting for the app's sources (scripts/ and tests/ run in Node, outside the app's tsconfig).
		files: ['src/**/*.ts', 'src/**/*.svelte.ts'],
		ignores: ['**/*.test.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		// Unawaited promises lose errors silently: the one error path must see them.
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		rules: {
			// TypeScript checks names; this rule misreads globals declared in app.d.ts.
			'no-undef': 'off',
			// Dates and Maps here are values, not reactive state; links are root-relative in an SPA
			// served at "/".
			'svelte/prefer-svelte-reactivity': 'off',
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The generator grows by rules, not by longer functions (issue 8).
		files: ['src/lib/core/generate/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.lighthouse/'
		]
	}
);
