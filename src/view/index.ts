export { buildViewData, type ViewData, type ViewDataOptions } from './data.ts';
export { renderPage, pageScript } from './html.ts';
export { searchKey, searchIndex } from './search.ts';
