import * as React from 'react';
import type { IServices } from '../composition/IServices';

const ServicesContext = React.createContext<IServices | undefined>(undefined);

export const ServicesProvider: React.FC<{ services: IServices }> = ({ services, children }) => (
  <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
);

/** The services of the current web part. Components use this, never SPFI, the Graph client or the SPFx context. */
export function useServices(): IServices {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error('useServices() was called outside a ServicesProvider.');
  return services;
}
