// Integration tests talk to a real broker and database on a shared 2-core machine.
jest.setTimeout(120_000);
