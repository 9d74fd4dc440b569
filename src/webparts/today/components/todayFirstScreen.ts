/**
 * Today as TodayWebPart opens it, in one chunk (`view-today`): the view and the reads its first screen makes
 * (todayData.ts), handed to the services before it renders.
 */
export { Today } from './Today';
export { todayData } from './todayData';
