"""Real network faults on loopback: a TCP proxy in front of redis-server that can cut in.

``cut_at`` makes the proxy forward the client's bytes up to (not including) that marker and
then drop both connections, as a network failure half-way through a request would.
"""

from __future__ import annotations

import asyncio
import contextlib

from harness.processes import free_port


class CuttingProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.cut_at: bytes | None = None
        # How many connections to cut at ``cut_at`` before letting traffic through again
        # (a client that retries a failed transaction sends it once more).
        self.cut_times = 1
        self.cuts = 0
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def client_to_server() -> None:
            buffer = b""
            while data := await reader.read(65536):
                if self.cut_at is not None:
                    buffer += data
                    at = buffer.find(self.cut_at)
                    if at >= 0:
                        up_writer.write(buffer[:at])
                        await up_writer.drain()
                        self.cuts += 1
                        if self.cuts >= self.cut_times:
                            self.cut_at = None
                        raise ConnectionResetError("cut")
                    # Hold back only a tail that could be the start of the marker.
                    keep = next(
                        (
                            n
                            for n in range(len(self.cut_at) - 1, 0, -1)
                            if buffer.endswith(self.cut_at[:n])
                        ),
                        0,
                    )
                    up_writer.write(buffer[: len(buffer) - keep])
                    buffer = buffer[len(buffer) - keep :]
                else:
                    up_writer.write(data)
                await up_writer.drain()

        async def server_to_client() -> None:
            while data := await up_reader.read(65536):
                writer.write(data)
                await writer.drain()

        tasks = [
            asyncio.ensure_future(client_to_server()),
            asyncio.ensure_future(server_to_client()),
        ]
        with contextlib.suppress(Exception):
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        for w in (writer, up_writer):
            with contextlib.suppress(Exception):
                w.close()
