/**
 * The proxy every engine in the journeys is given for anything that is not the
 * site on 127.0.0.1. The booking platform's host is answered by a stand-in page
 * (over TLS with a certificate made for the run, which the engines are told to
 * accept), so that a click on a booking button lands, and the window's address
 * shows the selection the link carried, as on the real platform. Every other
 * host is refused at once, unresolved: nothing leaves the machine. Every host
 * asked for is remembered.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

export interface OffsiteProxy {
  port: number;
  /** Hosts asked for since the last clear, e.g. "clinic.janeapp.com:443". */
  requested(): string[];
  clear(): void;
  close(): Promise<void>;
}

export const STAND_IN_HEADING = 'Booking stand-in';

export async function startOffsiteProxy(standInHosts: string[] = []): Promise<OffsiteProxy> {
  const hosts: string[] = [];
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'booking stand-in' }], {
    notAfterDate: new Date(Date.now() + 86_400_000),
    keyType: 'ec',
    curve: 'P-256',
    extensions: [{ name: 'subjectAltName', altNames: standInHosts.map((value) => ({ type: 2 as const, value })) }],
  });
  const standIn = createHttpsServer({ key: pems.private, cert: pems.cert }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><title>Booking</title><h1>${STAND_IN_HEADING}</h1></html>`);
  });
  const server: Server = createServer((req, res) => {
    hosts.push(req.headers.host ?? req.url ?? '');
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Nothing leaves this machine in the tests.');
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    hosts.push(target);
    const [host, port] = target.split(':');
    if (port === '443' && standInHosts.includes(host!)) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      standIn.emit('connection', socket);
    } else socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requested: () => [...hosts],
    clear: () => void hosts.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        standIn.closeAllConnections();
        standIn.close();
        server.close(() => resolve());
      }),
  };
}
