import { once, onDemandService } from '../../src/composition/onDemandService';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

class RealGreeter implements Greeter {
  private calls = 0;
  public async greet(name: string): Promise<string> {
    this.calls += 1;
    return `Hello, ${name}`;
  }
  public async count(): Promise<number> {
    return this.calls;
  }
}

describe('onDemandService', () => {
  it('loads nothing until a method is called, then builds the service once and forwards every call to it', async () => {
    const load = jest.fn(async (): Promise<Greeter> => new RealGreeter());
    const greeter = onDemandService<Greeter>({ greet: true, count: true }, load);
    expect(load).not.toHaveBeenCalled();
    expect(await Promise.all([greeter.greet('Ada'), greeter.greet('Ben')])).toEqual(['Hello, Ada', 'Hello, Ben']);
    expect(await greeter.count()).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes a failed load to the caller and tries again on the next call', async () => {
    const load = jest.fn<Promise<Greeter>, []>().mockRejectedValueOnce(new Error('Loading chunk services-x failed.')).mockResolvedValue(new RealGreeter());
    const greeter = onDemandService<Greeter>({ greet: true, count: true }, load);
    await expect(greeter.greet('Ada')).rejects.toThrow('Loading chunk services-x failed.');
    await expect(greeter.greet('Ada')).resolves.toBe('Hello, Ada');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('once', () => {
  it('shares one result between callers', async () => {
    const make = jest.fn(async () => ({ made: true }));
    const get = once(make);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
