// A TCP proxy a test controls, put between the API and PostgreSQL to make outages on
// purpose without touching the shared server: `cut()` resets every connection and stops
// listening (new connections are refused), `hold()` keeps connections open but passes no
// byte either way (a network black hole), `restore()` forwards again on the same port.
import net from 'node:net';

export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | null = null;
  private isHolding = false;
  /** Bytes that arrived during hold(), delivered in order by restore(). */
  private held: [net.Socket, Buffer][] = [];
  /** Connections accepted since the proxy started. */
  accepted = 0;

  private constructor(
    private readonly target: { host: string; port: number },
    public port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, 0);
    await proxy.listen();
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** The outage: every open connection reset, new ones refused. */
  async cut(): Promise<void> {
    const stopped = this.stopListening();
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    this.held = [];
    await stopped;
  }

  /** A black hole: connections stay open (and new ones are accepted) but nothing passes. */
  hold(): void {
    this.isHolding = true;
  }

  /** The database is back: forward again, on the same port. */
  async restore(): Promise<void> {
    this.isHolding = false;
    const held = this.held;
    this.held = [];
    for (const [socket, chunk] of held) if (!socket.destroyed) socket.write(chunk);
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private stopListening(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.accepted += 1;
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      // A reset is what this proxy is for; the other side sees it, the test need not.
      socket.on('error', () => {});
      socket.on('close', () => {
        this.sockets.delete(socket);
        (socket === client ? upstream : client).destroy();
      });
    }
    const forward = (to: net.Socket) => (chunk: Buffer) => {
      if (this.isHolding) this.held.push([to, chunk]);
      else to.write(chunk);
    };
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
  }
}
