// Public face of the http area: everything other areas, views and scripts may import from it.
export * from './build-response.ts';
export * from './build-security-headers.ts';
export * from './find-export-content-type.ts';
export * from './find-malformed-query-parameter.ts';
export * from './handle-ask-request.ts';
export * from './handle-oembed-request.ts';
export * from './handle-sizing-request.ts';
export * from './list-embeddable-pages.ts';
export * from './normalise-request-target.ts';
export * from './serve-markdown-page.ts';
export * from './build-static-host-headers.ts';
