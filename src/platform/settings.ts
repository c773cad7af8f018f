// Settings defaults. They become user-editable (storage.sync, with migrations) with the options page;
// until then the defaults are the settings. `type Settings = typeof defaults` keeps both in step.
export const defaults = {
  homeCurrency: 'USD',
};

export type Settings = typeof defaults;
