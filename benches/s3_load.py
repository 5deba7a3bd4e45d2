"""Loads a bucket for the S3 throughput benchmark: N small objects (a log line or a CSV row or two,
1 in 20 with an e-mail) and one large log object. Seeded, so every run uploads the same bytes.

    /opt/moto/bin/python benches/s3_load.py ENDPOINT BUCKET [SMALL_COUNT] [LARGE_MB]
"""
import random
import sys
from concurrent.futures import ThreadPoolExecutor

import boto3

endpoint, bucket = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
large_mb = int(sys.argv[4]) if len(sys.argv) > 4 else 200
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bench", aws_secret_access_key="bench")
s3.create_bucket(Bucket=bucket)
rng = random.Random(7)


def small(i):
    if i % 20 == 0:
        body = f"ts,event,contact\n2024-05-01T10:00:{i % 60:02d}Z,signup,user{i}@example.com\n"
    else:
        body = f"ts,event,contact\n2024-05-01T10:00:{i % 60:02d}Z,heartbeat,node-{rng.randint(1, 999)}\n"
    s3.put_object(Bucket=bucket, Key=f"small/{i // 1000:03d}/event-{i:06d}.csv", Body=body.encode())


with ThreadPoolExecutor(16) as pool:
    list(pool.map(small, range(count)))

line = b"2024-05-01T10:00:00Z INFO request served in 12 ms from cache node eu-3 (no personal data)\n"
parts, size, n = [], 0, 0
while size < large_mb << 20:
    chunk = (b"2024-05-01T10:00:00Z WARN bounce for customer%d@example.com\n" % n) if n % 1000 == 0 else line
    parts.append(chunk)
    size += len(chunk)
    n += 1
s3.put_object(Bucket=bucket, Key="large/app.log", Body=b"".join(parts))
print(f"{count} small objects and one {size >> 20} MB object in s3://{bucket}")
