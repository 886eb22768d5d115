// What other features may use of 导入: writing a user's text so Sheets keeps it as typed.
export { keepAsText } from './keepAsText';
