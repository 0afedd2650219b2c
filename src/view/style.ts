/**
 * How the view page draws the graph model: one colour and one English caption per node label,
 * and which labels and edge types are "background" (hidden until the user asks for articles).
 * Typed against the model's fixed lists, so a new label cannot be forgotten here.
 */
import type { EdgeType, NodeLabel } from '../model.ts';

/** Colours chosen to stay distinguishable for common colour-vision deficiencies (Okabe & Ito 2008 palette, extended). */
export const LABEL_COLOURS: Record<NodeLabel, string> = {
  State: '#0072B2',
  Leader: '#D55E00',
  Person: '#CC79A7',
  UNBody: '#56B4E9',
  Organization: '#009E73',
  City: '#999933',
  Agreement: '#E69F00',
  DraftResolution: '#882255',
  Article: '#BBBBBB',
  Outlet: '#777777',
};

export const LABEL_NAMES_AR: Record<NodeLabel, string> = {
  State: 'دولة',
  Leader: 'قائد',
  Person: 'شخص',
  UNBody: 'هيئة أممية',
  Organization: 'منظمة',
  City: 'مدينة',
  Agreement: 'اتفاق',
  DraftResolution: 'مشروع قرار',
  Article: 'مقال',
  Outlet: 'مصدر',
};

/** The bibliographic layer: many nodes and edges, little meaning on a picture; shown on request. */
export const BACKGROUND_LABELS: readonly NodeLabel[] = ['Article', 'Outlet'];
export const BACKGROUND_EDGES: readonly EdgeType[] = ['MENTIONS', 'PUBLISHED_BY', 'RELATED_TO'];

/** Order of edge groups in the side panel: the facts a reader came for first, bookkeeping last. */
export const PANEL_EDGE_ORDER: readonly EdgeType[] = [
  'PARTY_TO', 'SIGNED', 'VETOED', 'PUT_TO', 'VISITED', 'MET', 'HOLDS_OFFICE', 'LOCATED_IN',
  'RELATED_TO', 'PUBLISHED_BY', 'MENTIONS',
];
