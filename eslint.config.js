import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layers and the arrows between them: the one place they are written (ARCHITECTURE.md draws
// them). A file may import its own layer and the layers its arrow names; any other import fails
// `npm run lint`. Tests (*.test.ts) keep their folder's arrows and may also use src/lib/testing/.
const LAYERS = {
	routes: { path: 'src/routes', may: ['containers', 'components', 'features', 'i18n'] },
	// Components that hold a feature object (a session, an editor, a browser) and call it.
	containers: { path: 'src/lib/containers', may: ['components', 'features', 'core', 'i18n'] },
	// Presentational: props in, callbacks out; pure core types and constants at most.
	components: { path: 'src/lib/components', may: ['core', 'i18n'] },
	features: { path: 'src/lib/features', may: ['db', 'core', 'i18n'] },
	db: { path: 'src/lib/db', may: ['core'] },
	core: { path: 'src/lib/core', may: [] },
	i18n: { path: 'src/lib/i18n', may: [] },
	testing: { path: 'src/lib/testing', may: ['db', 'core'] },
	// Node command lines, and the Node helpers of the tests (finding Chromium, serving the build).
	scripts: { path: 'scripts', may: ['core', 'support', 'server'] },
	// The sync server (Node): the core's event types at most.
	server: { path: 'server', may: ['core'] },
	support: { path: 'tests/support', may: [] }
};

const layer = (type) => ({ element: { type } });
const layerPolicies = [
	...Object.entries(LAYERS).map(([type, { may }]) => ({
		from: layer(type),
		allow: { to: { element: { types: { anyOf: [type, ...may] } } } }
	})),
	{
		// Tests may use the test helpers, and the generator's tests load its Node dictionaries.
		from: { file: { categories: 'test' } },
		allow: { to: { element: { types: { anyOf: ['testing', 'scripts'] } } } }
	}
];

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
		files: [
			'src/**/*.ts',
			'src/**/*.svelte',
			'scripts/**/*.ts',
			'server/**/*.ts',
			'tests/support/**/*.js'
		],
		plugins: { boundaries },
		settings: {
			'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' } },
			'boundaries/elements': Object.entries(LAYERS).map(([type, { path }]) => ({
				type,
				pattern: path
			})),
			'boundaries/files': [{ category: 'test', pattern: '**/*.test.ts' }],
			// SvelteKit's own modules; the global stylesheet and type declarations of the app shell.
			'boundaries/flag-as-external': { customSourcePatterns: ['$app/*'] },
			'boundaries/ignore': ['src/app.css', 'src/app.d.ts']
		},
		rules: {
			'boundaries/dependencies': [2, { default: 'disallow', policies: layerPolicies }],
			// Every source file belongs to a layer, and every import of ours resolves to one.
			'boundaries/no-unknown-files': 2,
			'boundaries/no-unknown-dependencies': 2
		}
	},
	{
		// IndexedDB is touched in src/lib/db/ only (and faked by the test helpers).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**', 'src/lib/testing/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: ['dexie', 'fake-indexeddb'].map((name) => ({
						name,
						message: 'IndexedDB belongs to src/lib/db/ (see ARCHITECTURE.md).'
					}))
				}
			]
		}
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
