/**
 * IPv4 arithmetic for subnets and address pools.
 *
 * @internal
 */

export const ipToInt = (ip: string): number => {
  // hand-rolled (no split/map): runs for every ENI when a world is loaded
  let n = 0
  let part = 0
  let dots = 0
  let digits = 0
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i)
    if (c === 46 && digits > 0 && digits <= 3) {
      n = n * 256 + part
      part = 0
      digits = 0
      dots++
    } else if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48)
      digits++
    } else return slowIpToInt(ip)
  }
  if (dots !== 3 || digits === 0 || digits > 3) return slowIpToInt(ip)
  return (n * 256 + part) >>> 0
}

const slowIpToInt = (ip: string): number => {
  const p = ip.split(".").map(Number)
  return (((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!) >>> 0
}

export const intToIp = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`

export interface Cidr {
  readonly network: number
  readonly prefix: number
  readonly size: number
}

export const parseCidr = (cidr: string): Cidr => {
  const [ip, len] = cidr.split("/")
  const prefix = Number(len)
  const size = 2 ** (32 - prefix)
  const network = Math.floor(ipToInt(ip!) / size) * size
  return { network, prefix, size }
}

/**
 * First and last assignable addresses of a subnet: AWS reserves the first four addresses and the
 * last one of every subnet — https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 * ("The first four IP addresses and the last IP address in each subnet CIDR block are not
 * available", read 2026-11).
 */
export const assignableRange = (cidr: string): { readonly first: number; readonly last: number } => {
  const c = parseCidr(cidr)
  return { first: c.network + 4, last: c.network + c.size - 2 }
}

export const contains = (cidr: string, ip: string): boolean => {
  const c = parseCidr(cidr)
  const n = ipToInt(ip)
  return n >= c.network && n < c.network + c.size
}

/** `ip-172-31-16-5.ec2.internal` (us-east-1) or `ip-…​.<region>.compute.internal`. */
export const privateDnsName = (ip: string, region: string): string =>
  `ip-${ip.replaceAll(".", "-")}.${region === "us-east-1" ? "ec2.internal" : `${region}.compute.internal`}`

/** `ec2-3-80-1-2.compute-1.amazonaws.com` (us-east-1) or `ec2-…​.<region>.compute.amazonaws.com`. */
export const publicDnsName = (ip: string, region: string): string =>
  `ec2-${ip.replaceAll(".", "-")}.${region === "us-east-1" ? "compute-1.amazonaws.com" : `${region}.compute.amazonaws.com`}`
