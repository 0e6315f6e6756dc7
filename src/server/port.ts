/** Fails fast, before Neo4j starts, when the hub's port is taken. */
import { createServer } from "node:net";

export class PortInUseError extends Error {}

export function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new PortInUseError(`port ${port} on ${host} is in use; set PORT to another port`)
          : new PortInUseError(`cannot listen on ${host}:${port}: ${error.message}`),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
