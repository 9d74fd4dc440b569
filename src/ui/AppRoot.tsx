import * as React from 'react';
import type { IServices } from '../composition/IServices';
import { ServicesProvider } from './ServicesContext';
import { ErrorBoundary } from './ErrorBoundary';

/** What every web part renders around its component: the services, and an error boundary. */
export const AppRoot: React.FC<{ services: IServices }> = ({ services, children }) => (
  <ServicesProvider services={services}>
    <ErrorBoundary>{children}</ErrorBoundary>
  </ServicesProvider>
);
