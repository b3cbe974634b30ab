// An offline single-page app: the shell is prerendered once and every route renders on the client.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
