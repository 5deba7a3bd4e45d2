"""Loads buckets for the watch benchmark: BUCKETS buckets of OBJECTS small objects each (one CSV of
customers per bucket, the rest log lines), one bucket in ten public by a bucket policy. Seeded.

    /opt/moto/bin/python benches/watch_load.py ENDPOINT [BUCKETS] [OBJECTS]
"""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

import boto3

endpoint = sys.argv[1]
buckets = int(sys.argv[2]) if len(sys.argv) > 2 else 100
objects = int(sys.argv[3]) if len(sys.argv) > 3 else 20
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bench", aws_secret_access_key="bench")


def load(b):
    name = f"watch-bench-{b:03d}"
    s3.create_bucket(Bucket=name)
    s3.put_object(Bucket=name, Key="exports/customers.csv", Body=f"name,email\nCustomer {b},customer{b}@example.com\n".encode())
    for i in range(1, objects):
        s3.put_object(Bucket=name, Key=f"logs/app-{i:04d}.log", Body=f"2024-05-01T10:00:{i % 60:02d}Z INFO request served in {i} ms\n".encode())
    if b % 10 == 0:
        policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]}
        s3.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))


with ThreadPoolExecutor(16) as pool:
    list(pool.map(load, range(buckets)))
