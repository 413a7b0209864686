# asyncio over selectors: start_server/open_connection streams, sock_* coroutines, add_reader, executor wake-ups.
import asyncio, socket

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    async for line in reader:
        if line == b"quit\n":
            break
        writer.write(b"echo " + line)
        await writer.drain()
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for i in range(3):
        writer.write(f"c{n} line {i}\n".encode())
        await writer.drain()
        out.append(await reader.readline())
    writer.write(b"quit\n")
    await writer.drain()
    out.append(await reader.read())
    writer.close()
    await writer.wait_closed()
    return out

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), len(server.sockets))
    results = await asyncio.gather(*(client(port, n) for n in range(3)))
    for r in results:
        print(r)
    server.close()
    await server.wait_closed()
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b"x" * 100000)
    got = b""
    while len(got) < 100000:
        got += await loop.sock_recv(b, 65536)
    print(len(got))
    fut = loop.create_future()
    loop.add_reader(b, lambda: fut.set_result(b.recv(10)))
    loop.call_later(0.01, a.send, b"ready")
    print(await fut, loop.remove_reader(b), loop.remove_reader(b))
    loop.set_debug(True)
    try:
        await loop.sock_recv(socket.socket(), 1)
    except ValueError as e:
        print(e)
    loop.set_debug(False)
    t = loop.run_in_executor(None, sum, [1, 2, 3])
    print(await t)
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except OSError as e:
        print(type(e).__name__, e.errno)
    a.close(); b.close()

asyncio.run(main())
