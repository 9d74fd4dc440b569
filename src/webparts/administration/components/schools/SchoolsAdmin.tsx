import * as React from 'react';

/** Placeholder replaced in the next step. */
export const SchoolsAdmin: React.FC = () => <p>Schools</p>;
