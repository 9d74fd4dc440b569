declare interface IPupilRegisterWebPartStrings {
  Title: string;
}

declare module 'PupilRegisterWebPartStrings' {
  const strings: IPupilRegisterWebPartStrings;
  export = strings;
}
