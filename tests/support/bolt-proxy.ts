/**
 * A TCP proxy in front of Neo4j's Bolt port that can lose a commit's answer: once armed, it forwards
 * the next COMMIT message to Neo4j (which commits) and then cuts that connection before Neo4j's
 * SUCCESS reaches the client — the "connection lost after COMMIT was sent" of a real outage, on a real
 * database. Every other byte, and every later connection, passes through unchanged.
 *
 * Bolt frames messages in chunks (a 2-byte length, the bytes, a 00 00 end marker); COMMIT is the
 * empty struct B0 with signature 12, so on the wire it is exactly 00 02 B0 12 00 00.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from "node:net";

const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export interface BoltProxy {
  uri: string;
  /** Cut the connection that sends the next COMMIT, after forwarding it; resolves once it is cut. */
  loseNextCommitAnswer(): Promise<void>;
  /** COMMITs whose answer was lost so far. */
  readonly lostCommits: number;
  close(): Promise<void>;
}

export async function startBoltProxy(targetHost: string, targetPort: number): Promise<BoltProxy> {
  const sockets = new Set<Socket>();
  let armed: (() => void) | undefined;
  let lostCommits = 0;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    let cut = false;
    const destroy = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (data: Buffer) => {
      if (cut) return;
      if (armed && data.includes(COMMIT)) {
        const done = armed;
        armed = undefined;
        cut = true;
        // Neo4j gets the COMMIT; its answer is dropped: the client sees the connection close instead.
        upstream.write(data, () => {
          lostCommits += 1;
          client.destroy();
          // Leave Neo4j time to commit before its side of the connection goes too.
          setTimeout(() => {
            upstream.destroy();
            done();
          }, 500);
        });
        return;
      }
      upstream.write(data);
    });
    upstream.on("data", (data: Buffer) => {
      if (!cut) client.write(data);
    });
    client.on("error", destroy).on("close", () => !cut && destroy());
    upstream.on("error", destroy).on("close", () => !cut && destroy());
    client.on("close", () => sockets.delete(client));
    upstream.on("close", () => sockets.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    loseNextCommitAnswer: () => new Promise<void>((resolve) => (armed = resolve)),
    get lostCommits() {
      return lostCommits;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
