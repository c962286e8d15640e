/** Nest injection token of the gateway's resolved options. */
export const GATEWAY_OPTIONS = 'GATEWAY_OPTIONS_REF';
