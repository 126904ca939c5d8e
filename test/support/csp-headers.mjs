// Serves the pages under /test/csp/ with the strict policy a council might set, so the tests prove the components
// work under it. The policy is the one named in the integration issue, plus a report of every violation to the page.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

export function cspHeaders() {
  return {
    name: 'cw-csp-headers',
    transform(context) {
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        return { headers: { 'content-security-policy': STRICT_CSP } };
      }
      return undefined;
    },
  };
}
