/** A throwaway HTTP server on a loopback address (127.0.0.1 unless told) with fixed answers, for tests that download pages. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Never answer: for timeouts. */
  hang?: boolean;
}

export interface TestServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>, host = "127.0.0.1"): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (route.hang) return;
    response.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
