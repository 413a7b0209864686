# SystemExit from the main task ends asyncio.run; pending tasks are cancelled first.
import asyncio
async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print('bg cleanup')
async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    raise SystemExit(3)
asyncio.run(main())
