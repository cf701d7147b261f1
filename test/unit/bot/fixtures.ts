import type { AdministrationRef } from '../../../src/bot/commands/administrations.js';

/** Växjö's administrations as in the default organisation (ids fixed by the shared contract). */
export const VAXJO_ADMINISTRATIONS: AdministrationRef[] = [
  { id: 'kommunledning', name: 'Kommunledningsförvaltningen' },
  { id: 'utbildning', name: 'Utbildningsförvaltningen' },
  { id: 'omsorg', name: 'Omsorgsförvaltningen' },
  { id: 'arbete-valfard', name: 'Arbete och välfärd' },
  { id: 'kultur-fritid', name: 'Kultur- och fritidsförvaltningen' },
  { id: 'samhallsbyggnad', name: 'Samhällsbyggnadsförvaltningen' },
  { id: 'miljo-halsa', name: 'Miljö- och hälsoskyddsförvaltningen' },
  { id: 'vaxjo-energi', name: 'Växjö Energi AB' },
  { id: 'vidingehem', name: 'Vidingehem AB' },
  { id: 'vaxjo-kommunforetag', name: 'Växjö kommunföretag AB' },
];
