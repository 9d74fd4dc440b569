/** SharePoint's built-in role definition ids (the same in every site). */
export const ROLE_READ = 1073741826;
export const ROLE_CONTRIBUTE = 1073741827;
export const ROLE_EDIT = 1073741830;
export const ROLE_FULL_CONTROL = 1073741829;
