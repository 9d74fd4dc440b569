declare interface IAdministrationWebPartStrings {
  Title: string;
}

declare module 'AdministrationWebPartStrings' {
  const strings: IAdministrationWebPartStrings;
  export = strings;
}
