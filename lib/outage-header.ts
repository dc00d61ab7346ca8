/** The request header in which the proxy passes on the requested path (pages cannot see it). */
export const REQUEST_PATH_HEADER = "x-request-path";
