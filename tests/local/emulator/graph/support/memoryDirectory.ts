/** An in-memory Directory for the Graph part's tests (the real one lives with the server). */
import { randomUUID } from 'crypto';
import type { Directory, DirectoryUser } from '../../../../../local/emulator/contracts';

export class MemoryDirectory implements Directory {
  private readonly users: DirectoryUser[] = [];
  readonly tenantInitialDomain = 'pathwaysexample.onmicrosoft.com';

  findByEmail(email: string): DirectoryUser | undefined {
    return this.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
  }

  findBySpId(id: number): DirectoryUser | undefined {
    return this.users.find((u) => u.spId === id);
  }

  findByAadId(id: string): DirectoryUser | undefined {
    return this.users.find((u) => u.aadId.toLowerCase() === id.toLowerCase());
  }

  all(): DirectoryUser[] {
    return [...this.users];
  }

  ensure(user: Omit<DirectoryUser, 'spId' | 'aadId' | 'loginName'> & Partial<Pick<DirectoryUser, 'aadId'>>): DirectoryUser {
    const existing = this.findByEmail(user.email);
    if (existing) return existing;
    const email = user.email.toLowerCase();
    const created: DirectoryUser = {
      ...user,
      spId: this.users.length + 10,
      aadId: user.aadId ?? randomUUID(),
      loginName:
        user.userType === 'Guest'
          ? `i:0#.f|membership|${email.replace('@', '_')}#ext#@${this.tenantInitialDomain}`
          : `i:0#.f|membership|${email}`,
    };
    this.users.push(created);
    return created;
  }
}
