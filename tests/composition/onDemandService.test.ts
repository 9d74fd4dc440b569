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

  describe('split into reads and writes', () => {
    interface Notebook {
      read(): Promise<string[]>;
      write(line: string): Promise<void>;
    }
    class NotebookReads {
      protected readonly lines: string[] = [];
      public async read(): Promise<string[]> {
        return [...this.lines];
      }
    }
    class WholeNotebook extends NotebookReads implements Notebook {
      public async write(line: string): Promise<void> {
        this.lines.push(line);
      }
    }
    const notebook = (): { book: Notebook; loadReads: jest.Mock; loadWhole: jest.Mock } => {
      const loadReads = jest.fn(async () => new NotebookReads());
      const loadWhole = jest.fn(async () => new WholeNotebook());
      const book = onDemandService<Notebook, 'write'>({ read: true }, loadReads, { methods: { write: true }, load: loadWhole });
      return { book, loadReads, loadWhole };
    };

    it('loads only the reads for a read, and the whole service at the first write', async () => {
      const { book, loadReads, loadWhole } = notebook();
      expect(loadReads).not.toHaveBeenCalled();
      expect(await book.read()).toEqual([]);
      expect(loadReads).toHaveBeenCalledTimes(1);
      expect(loadWhole).not.toHaveBeenCalled();
      await Promise.all([book.write('one'), book.write('two')]);
      expect(loadWhole).toHaveBeenCalledTimes(1);
    });

    it('sends every call, reads too, to the whole service once it is loaded (one instance keeps what a write changed)', async () => {
      const { book, loadReads } = notebook();
      await book.write('one');
      expect(await book.read()).toEqual(['one']);
      expect(loadReads).not.toHaveBeenCalled();
    });

    it('passes a failed load of the writes to the caller and tries again on the next write; reads go on meanwhile', async () => {
      const loadWhole = jest.fn<Promise<Notebook>, []>().mockRejectedValueOnce(new Error('Loading chunk data-x-write failed.')).mockResolvedValue(new WholeNotebook());
      const book = onDemandService<Notebook, 'write'>({ read: true }, async () => new NotebookReads(), { methods: { write: true }, load: loadWhole });
      await expect(book.write('one')).rejects.toThrow('Loading chunk data-x-write failed.');
      expect(await book.read()).toEqual([]);
      await book.write('two');
      expect(await book.read()).toEqual(['two']);
      expect(loadWhole).toHaveBeenCalledTimes(2);
    });
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
