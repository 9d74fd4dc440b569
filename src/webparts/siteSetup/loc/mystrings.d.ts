declare interface ISiteSetupWebPartStrings {
  Title: string;
}

declare module 'SiteSetupWebPartStrings' {
  const strings: ISiteSetupWebPartStrings;
  export = strings;
}
