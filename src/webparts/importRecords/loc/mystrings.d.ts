declare interface IImportRecordsWebPartStrings {
  Title: string;
}

declare module 'ImportRecordsWebPartStrings' {
  const strings: IImportRecordsWebPartStrings;
  export = strings;
}
