# args: --size 3 input.txt --bogus
# argparse on the real command line: default prog, usage on stderr, exit 2.
import argparse

parser = argparse.ArgumentParser(description='Process a file.')
parser.add_argument('path')
parser.add_argument('--size', type=int, default=1)
args, rest = parser.parse_known_args()
print(parser.prog, args, rest)
parser.parse_args()
print('not reached')
