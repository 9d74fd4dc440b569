import * as React from 'react';

/** Placeholder until the register screen lands. */
export const TakeRegister: React.FC = () => <p>Taking the register is being built.</p>;
