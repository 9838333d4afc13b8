// Under vitest there is no React Server Components bundler to enforce "server-only"; the modules
// that import it are exactly the ones the integration tests exercise.
export {};
