declare interface IReportsWebPartStrings {
  Title: string;
}

declare module 'ReportsWebPartStrings' {
  const strings: IReportsWebPartStrings;
  export = strings;
}
