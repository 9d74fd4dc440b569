declare interface IPipsWebPartStrings {
  Title: string;
}

declare module 'PipsWebPartStrings' {
  const strings: IPipsWebPartStrings;
  export = strings;
}
