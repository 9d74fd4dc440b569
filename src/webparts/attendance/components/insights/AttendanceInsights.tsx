import * as React from 'react';

/** Placeholder until the insight views land. */
export const AttendanceInsights: React.FC = () => <p>Attendance views are being built.</p>;
