/** The app's views, as plain data: the state, the teaching domain and tests share these keys. */
export type ViewKey = 'data' | 'rfm' | 'pyramid' | 'quadrants' | 'movement' | 'customers' | 'model' | 'learn' | 'trainer';
export const VIEWS: readonly ViewKey[] = ['data', 'rfm', 'pyramid', 'quadrants', 'movement', 'customers', 'model', 'learn', 'trainer'];
