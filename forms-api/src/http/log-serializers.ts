/**
 * What a request looks like in the logs: method, path and client address — never the query
 * string (the FAQ hands a person's question over as ?text=) or the body (forms-runner
 * email_parameter_filter_proc: personal data stays out of logs).
 */
export const logSerializers = {
  req(request: { method: string; url: string; ip?: string }) {
    return { method: request.method, path: request.url.split('?')[0], ip: request.ip };
  },
};
