/**
 * AWS's own examples from the Amazon EC2 API Reference, verbatim: the sample requests (Query URLs with
 * `&AUTHPARAMS`) and sample XML responses of each operation's "Examples" section, and the example error
 * response of the error-codes page. Each carries its page's URL and the date it was read; Golden.test.ts
 * holds the codec to them.
 *
 * The texts were read (2026-12-06) from a Markdown copy of the docs.aws.amazon.com pages ("All content
 * copied from https://docs.aws.amazon.com/"), found with the `search` tool's code index: the tool's web
 * page corpus returns only the opening of each page, never its Examples section. RunInstances is the
 * exception, see `runInstances` below.
 */

/** One example: where AWS publishes it, which one it is, AWS's request and (when given) AWS's response. */
export interface AwsExample {
  readonly action: string
  readonly url: string
  readonly read: string
  readonly example: string
  /** AWS's sample request, as printed (one parameter a line, ending with `&AUTHPARAMS`). */
  readonly request: string
  /** AWS's sample response, as printed; its `xmlns` is the API version the example was written for. */
  readonly response?: string
}

const read = "2026-12-06"

/**
 * What `&AUTHPARAMS` stands for: "In the example Query requests we present in the Amazon EC2 API
 * documentation, we omit the headers, common required parameters, and authentication parameters […]
 * We replace them with the `&AUTHPARAMS` literal string". AWS's expanded example on the same page,
 * verbatim from `&Version` on (a SigV4 presigned request).
 */
export const authParams = {
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html",
  read,
  expansion:
    "Version=2016-11-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20130813%2Fus-east-1%2Fec2%2Faws4_request&X-Amz-Date=20130813T150206Z&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-date&X-Amz-Signature=525d1a96c69b5549dd78dbbec8efe264102288b83ba87b7d58d4b76b71f59fd2"
} as const

/**
 * RunInstances, AWS's full example request (AUTHPARAMS expanded) from the Query requests page, verbatim
 * (the page's `Content-type`/`host` lines after the URL are headers, not part of the URL).
 */
export const runInstancesRequest: AwsExample = {
  action: "RunInstances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html",
  read,
  example: "The following is an example request that launches instances",
  request:
    "https://ec2.amazonaws.com/?Action=RunInstances&ImageId=ami-2bb65342&MaxCount=3&MinCount=1&Placement.AvailabilityZone=us-east-1a&Monitoring.Enabled=true&Version=2016-11-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20130813%2Fus-east-1%2Fec2%2Faws4_request&X-Amz-Date=20130813T150206Z&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-date&X-Amz-Signature=525d1a96c69b5549dd78dbbec8efe264102288b83ba87b7d58d4b76b71f59fd2"
}

/**
 * RunInstances, the example pair of the API reference for API version 2011-12-15 (the request "launches
 * three instances using the AMI with the ID ami-60a54009"; its response in the 2011-12-15 namespace).
 * The current RunInstances page is longer than the search index reads, so its Examples section could
 * not be read; this older AWS example was read from verbatim copies that cite the AWS page (the request
 * as quoted in several places, the response in goamz's test data, "// http://goo.gl/Mcm3b"). Its three
 * instances match the request (MaxCount 3, us-east-1b, monitoring enabled).
 */
export const runInstances: AwsExample = {
  action: "RunInstances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html",
  read,
  example: "API version 2011-12-15: launches three instances using the AMI with the ID ami-60a54009",
  request: `https://ec2.amazonaws.com/?Action=RunInstances
&ImageId=ami-60a54009
&MaxCount=3
&MinCount=1
&Placement.AvailabilityZone=us-east-1b
&Monitoring.Enabled=true
&AUTHPARAMS`,
  response: `<RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2011-12-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <reservationId>r-47a5402e</reservationId>
  <ownerId>999988887777</ownerId>
  <groupSet>
      <item>
          <groupId>sg-67ad940e</groupId>
          <groupName>default</groupName>
      </item>
  </groupSet>
  <instancesSet>
    <item>
      <instanceId>i-2ba64342</instanceId>
      <imageId>ami-60a54009</imageId>
      <instanceState>
        <code>0</code>
        <name>pending</name>
      </instanceState>
      <privateDnsName></privateDnsName>
      <dnsName></dnsName>
      <keyName>example-key-name</keyName>
      <amiLaunchIndex>0</amiLaunchIndex>
      <instanceType>m1.small</instanceType>
      <launchTime>2007-08-07T11:51:50.000Z</launchTime>
      <placement>
        <availabilityZone>us-east-1b</availabilityZone>
      </placement>
      <monitoring>
        <state>enabled</state>
      </monitoring>
      <virtualizationType>paravirtual</virtualizationType>
      <clientToken/>
      <tagSet/>
      <hypervisor>xen</hypervisor>
    </item>
    <item>
      <instanceId>i-2bc64242</instanceId>
      <imageId>ami-60a54009</imageId>
      <instanceState>
        <code>0</code>
        <name>pending</name>
      </instanceState>
      <privateDnsName></privateDnsName>
      <dnsName></dnsName>
      <keyName>example-key-name</keyName>
      <amiLaunchIndex>1</amiLaunchIndex>
      <instanceType>m1.small</instanceType>
      <launchTime>2007-08-07T11:51:50.000Z</launchTime>
      <placement>
         <availabilityZone>us-east-1b</availabilityZone>
      </placement>
      <monitoring>
        <state>enabled</state>
      </monitoring>
      <virtualizationType>paravirtual</virtualizationType>
      <clientToken/>
      <tagSet/>
      <hypervisor>xen</hypervisor>
    </item>
    <item>
      <instanceId>i-2be64332</instanceId>
      <imageId>ami-60a54009</imageId>
      <instanceState>
        <code>0</code>
        <name>pending</name>
      </instanceState>
      <privateDnsName></privateDnsName>
      <dnsName></dnsName>
      <keyName>example-key-name</keyName>
      <amiLaunchIndex>2</amiLaunchIndex>
      <instanceType>m1.small</instanceType>
      <launchTime>2007-08-07T11:51:50.000Z</launchTime>
      <placement>
         <availabilityZone>us-east-1b</availabilityZone>
      </placement>
      <monitoring>
        <state>enabled</state>
      </monitoring>
      <virtualizationType>paravirtual</virtualizationType>
      <clientToken/>
      <tagSet/>
      <hypervisor>xen</hypervisor>
    </item>
  </instancesSet>
</RunInstancesResponse>`
}

/** DescribeInstances, Example 2 ("Describe an instance"). */
export const describeInstances: AwsExample = {
  action: "DescribeInstances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
  read,
  example: "Example 2: Describe an instance",
  request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&InstanceId.1=i-1234567890abcdef0
&AUTHPARAMS`,
  response: `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
    <reservationSet>
        <item>
            <reservationId>r-1234567890abcdef0</reservationId>
            <ownerId>123456789012</ownerId>
            <groupSet/>
            <instancesSet>
                <item>
                    <instanceId>i-1234567890abcdef0</instanceId>
                    <imageId>ami-bff32ccc</imageId>
                    <instanceState>
                        <code>16</code>
                        <name>running</name>
                    </instanceState>
                    <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                    <dnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</dnsName>
                    <reason/>
                    <keyName>my_keypair</keyName>
                    <amiLaunchIndex>0</amiLaunchIndex>
                    <productCodes/>
                    <instanceType>t2.micro</instanceType>
                    <launchTime>2018-05-08T16:46:19.000Z</launchTime>
                    <placement>
                        <availabilityZone>eu-west-1c</availabilityZone>
                        <groupName/>
                        <tenancy>default</tenancy>
                    </placement>
                    <monitoring>
                        <state>disabled</state>
                    </monitoring>
                    <subnetId>subnet-56f5f633</subnetId>
                    <vpcId>vpc-11112222</vpcId>
                    <privateIpAddress>192.168.1.88</privateIpAddress>
                    <ipAddress>54.194.252.215</ipAddress>
                    <sourceDestCheck>true</sourceDestCheck>
                    <groupSet>
                        <item>
                            <groupId>sg-e4076980</groupId>
                            <groupName>SecurityGroup1</groupName>
                        </item>
                    </groupSet>
                    <architecture>x86_64</architecture>
                    <rootDeviceType>ebs</rootDeviceType>
                    <rootDeviceName>/dev/xvda</rootDeviceName>
                    <blockDeviceMapping>
                        <item>
                            <deviceName>/dev/xvda</deviceName>
                            <ebs>
                                <volumeId>vol-1234567890abcdef0</volumeId>
                                <status>attached</status>
                                <attachTime>2015-12-22T10:44:09.000Z</attachTime>
                                <deleteOnTermination>true</deleteOnTermination>
                            </ebs>
                        </item>
                    </blockDeviceMapping>
                    <virtualizationType>hvm</virtualizationType>
                    <clientToken>xMcwG14507example</clientToken>
                    <tagSet>
                        <item>
                            <key>Name</key>
                            <value>Server_1</value>
                        </item>
                    </tagSet>
                    <hypervisor>xen</hypervisor>
                    <networkInterfaceSet>
                        <item>
                            <networkInterfaceId>eni-551ba033</networkInterfaceId>
                            <subnetId>subnet-56f5f633</subnetId>
                            <vpcId>vpc-11112222</vpcId>
                            <description>Primary network interface</description>
                            <ownerId>123456789012</ownerId>
                            <status>in-use</status>
                            <macAddress>02:dd:2c:5e:01:69</macAddress>
                            <privateIpAddress>192.168.1.88</privateIpAddress>
                            <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                            <sourceDestCheck>true</sourceDestCheck>
                            <groupSet>
                                <item>
                                    <groupId>sg-e4076980</groupId>
                                    <groupName>SecurityGroup1</groupName>
                                </item>
                            </groupSet>
                            <attachment>
                                <attachmentId>eni-attach-39697adc</attachmentId>
                                <deviceIndex>0</deviceIndex>
                                <status>attached</status>
                                <attachTime>2018-05-08T16:46:19.000Z</attachTime>
                                <deleteOnTermination>true</deleteOnTermination>
                            </attachment>
                            <association>
                                <publicIp>54.194.252.215</publicIp>
                                <publicDnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</publicDnsName>
                                <ipOwnerId>amazon</ipOwnerId>
                            </association>
                            <privateIpAddressesSet>
                                <item>
                                    <privateIpAddress>192.168.1.88</privateIpAddress>
                                    <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                                    <primary>true</primary>
                                    <association>
                                    <publicIp>54.194.252.215</publicIp>
                                    <publicDnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</publicDnsName>
                                    <ipOwnerId>amazon</ipOwnerId>
                                    </association>
                                </item>
                            </privateIpAddressesSet>
                            <ipv6AddressesSet>
                               <item>
                                   <ipv6Address>2001:db8:1234:1a2b::123</ipv6Address>
                               </item>
                           </ipv6AddressesSet>
                        </item>
                    </networkInterfaceSet>
                    <iamInstanceProfile>
                        <arn>arn:aws:iam::123456789012:instance-profile/AdminRole</arn>
                        <id>ABCAJEDNCAA64SSD123AB</id>
                    </iamInstanceProfile>
                    <ebsOptimized>false</ebsOptimized>
                    <cpuOptions>
                        <coreCount>1</coreCount>
                        <threadsPerCore>1</threadsPerCore>
                    </cpuOptions>
                </item>
            </instancesSet>
        </item>
    </reservationSet>
</DescribeInstancesResponse>`
}

/** DescribeInstances, the request-only examples (no sample response on the page). */
export const describeInstancesRequests: ReadonlyArray<AwsExample> = [
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 1: Describe all instances (first page)",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&MaxResults=10
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 1: Describe all instances (next page)",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&MaxResults=10
&NextToken=eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiEXAMPLE=
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 3: Filter by instance type",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=instance-type
&Filter.1.Value.1=m1.small
&Filter.1.Value.2=m1.large
&Filter.2.Name=block-device-mapping.status
&Filter.2.Value.1=attached
&Filter.3.Name=block-device-mapping.delete-on-termination
&Filter.3.Value.1=true
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 4: Filter by VPC",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=vpc-id
&Filter.1.Value.1=*
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 5: Filter by tag key",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=tag-key
&Filter.1.Value.1=Owner
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 6: Filter by tag key and value",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=tag:Owner
&Filter.1.Value.1=DbAdmin
&AUTHPARAMS`
  }
]

/**
 * DescribeInstances, the examples whose requests do not follow the protocol's list rule (`Filter.N.Value.N`):
 * Example 7 and 8 write `Filter.1.Value=…`, Example 9 `Filter.Name=…`/`Filter.Values=…`. No SDK can send
 * these; what EC2 answers them is not documented.
 */
export const describeInstancesMalformed: ReadonlyArray<AwsExample> = [
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 7: Filter by placement group",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=placement-group-name
&Filter.1.Value=HDFS-Group-A
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 8: Filter by placement group partition",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.1.Name=placement-group-name
&Filter.1.Value=HDFS-Group-A
&Filter.2.Name=placement-partition-number
&Filter.2.Value=2
&AUTHPARAMS`
  },
  {
    action: "DescribeInstances",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html",
    read,
    example: "Example 9: Filter by metadata authentication",
    request: `https://ec2.amazonaws.com/?Action=DescribeInstances
&Filter.Name=metadata-options.http-tokens
&Filter.Values=optional
&AUTHPARAMS`
  }
]

/** StopInstances, the page's one example. */
export const stopInstances: AwsExample = {
  action: "StopInstances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StopInstances.html",
  read,
  example: "This example stops the specified instance.",
  request: `https://ec2.amazonaws.com/?Action=StopInstances
&InstanceId.1=i-1234567890abcdef0
&AUTHPARAMS`,
  response: `<StopInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <instancesSet>
    <item>
      <instanceId>i-1234567890abcdef0</instanceId>
      <currentState>
          <code>64</code>
          <name>stopping</name>
      </currentState>
      <previousState>
          <code>16</code>
          <name>running</name>
      </previousState>
    </item>
  </instancesSet>
</StopInstancesResponse>`
}

/**
 * CreateVolume, Example 1: its response has a placeholder timestamp (`YYYY-MM-DDTHH:MM:SS.000Z`) and a
 * stray `;` in `io1;`, as printed.
 */
export const createVolume1: AwsExample = {
  action: "CreateVolume",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html",
  read,
  example: "Example 1: a 150 GiB Multi-Attach enabled io1 volume",
  request: `https://ec2.amazonaws.com/?Action=CreateVolume
&VolumeType=io1
&Size=150
&Iops=7500
&AvailabilityZone=us-east-1a
&MultiAttachEnabled=true
&AUTHPARAMS`,
  response: `<CreateVolumeResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <volumeId>vol-1234567890abcdef0</volumeId>
  <size>150</size>
  <iops>7500</iops>
  <snapshotId/>
  <availabilityZone>us-east-1a</availabilityZone>
  <status>creating</status>
  <createTime>YYYY-MM-DDTHH:MM:SS.000Z</createTime>
  <volumeType>io1;</volumeType>
  <encrypted>true</encrypted>
  <multiAttachEnabled>true</multiAttachEnabled>
</CreateVolumeResponse>`
}

/** CreateVolume, Example 2. */
export const createVolume2: AwsExample = {
  action: "CreateVolume",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html",
  read,
  example: "Example 2: an 80 GiB encrypted volume",
  request: `https://ec2.amazonaws.com/?Action=CreateVolume
&Size=80
&AvailabilityZone=us-east-1a
&Encrypted=true
&AUTHPARAMS`,
  response: `<CreateVolumeResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>248f69ab-c7a9-4ad2-8e7c-b7556EXAMPLE</requestId>
    <volumeId>vol-08bf1d00afabcdef0</volumeId>
    <size>80</size>
    <snapshotId></snapshotId>
    <availabilityZone>us-east-1a</availabilityZone>
    <status>creating</status>
    <createTime>2020-11-30T10:39:56.000Z</createTime>
    <volumeType>gp2</volumeType>
    <iops>189</iops>
    <encrypted>true</encrypted>
    <kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/237eb1a7-2fa1-44dc-b95e-6c526EXAMPLE</kmsKeyId>
    <tagSet/>
    <multiAttachEnabled>false</multiAttachEnabled>
</CreateVolumeResponse>`
}

/** CreateVolume, Example 3. */
export const createVolume3: AwsExample = {
  action: "CreateVolume",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html",
  read,
  example: "Example 3: a volume with the tag stack=production",
  request: `https://ec2.amazonaws.com/?Action=CreateVolume
&Size=80
&AvailabilityZone=us-east-1a
&TagSpecification.1.ResourceType=volume
&TagSpecification.1.Tag.1.Key=stack
&TagSpecification.1.Tag.1.Value=production
&AUTHPARAMS`,
  response: `<CreateVolumeResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>bb216d10-54b9-4bc2-958d-fcfe2EXAMPLE</requestId>
    <volumeId>vol-043c91f2fa4abcdef</volumeId>
    <size>80</size>
    <snapshotId></snapshotId>
    <availabilityZone>us-east-1a</availabilityZone>
    <status>creating</status>
    <createTime>2020-11-30T10:47:43.000Z</createTime>
    <volumeType>gp2</volumeType>
    <iops>189</iops>
    <encrypted>true</encrypted>
    <kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/237eb1a7-2fa1-44dc-b95e-6c526EXAMPLE</kmsKeyId>
    <tagSet>
        <item>
            <key>stack</key>
            <value>production</value>
        </item>
    </tagSet>
    <multiAttachEnabled>false</multiAttachEnabled>
</CreateVolumeResponse>`
}

/** DescribeVolumes, the page's one example: its timestamps are placeholders (`YYYY-MM-DDTHH:MM:SS.SSSZ`), as printed. */
export const describeVolumes: AwsExample = {
  action: "DescribeVolumes",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html",
  read,
  example: "This example describes all volumes associated with your account.",
  request: `https://ec2.amazonaws.com/?Action=DescribeVolumes
&AUTHPARAMS`,
  response: `<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
   <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
   <volumeSet>
      <item>
         <volumeId>vol-1234567890abcdef0</volumeId>
         <size>80</size>
         <snapshotId/>
         <availabilityZone>us-east-1a</availabilityZone>
         <status>in-use</status>
         <createTime>YYYY-MM-DDTHH:MM:SS.SSSZ</createTime>
         <attachmentSet>
            <item>
               <volumeId>vol-1234567890abcdef0</volumeId>
               <instanceId>i-1234567890abcdef0</instanceId>
               <device>/dev/sdh</device>
               <status>attached</status>
               <attachTime>YYYY-MM-DDTHH:MM:SS.SSSZ</attachTime>
               <deleteOnTermination>false</deleteOnTermination>
            </item>
         </attachmentSet>
         <volumeType>standard</volumeType>
         <encrypted>true</encrypted>
         <multiAttachEnabled>false</multiAttachEnabled>
      </item>
   </volumeSet>
</DescribeVolumesResponse>`
}

/** CreateTags, the page's one example. */
export const createTags: AwsExample = {
  action: "CreateTags",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html",
  read,
  example: "adds (or overwrites) two tags for an AMI and an instance",
  request: `https://ec2.amazonaws.com/?Action=CreateTags
&ResourceId.1=ami-1a2b3c4d
&ResourceId.2=i-1234567890abcdef0
&Tag.1.Key=webserver
&Tag.1.Value=
&Tag.2.Key=stack
&Tag.2.Value=Production
&AUTHPARAMS`,
  response: `<CreateTagsResponse
xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
  <return>true</return>
</CreateTagsResponse>`
}

const describeSecurityGroupsUrl = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html"

/** DescribeSecurityGroups, Examples 1, 3 and 4 (request and response) and 2 (request only). */
export const describeSecurityGroups: ReadonlyArray<AwsExample> = [
  {
    action: "DescribeSecurityGroups",
    url: describeSecurityGroupsUrl,
    read,
    example: "Example 1: a group referencing a group across a VPC peering connection",
    request: `https://ec2.amazonaws.com/?Action=DescribeSecurityGroups
&GroupId.1=sg-1a2b3c4d
&AUTHPARAMS`,
    response: `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>edb7c570-be05-4192-bd1b-example</requestId>
    <securityGroupInfo>
        <item>
            <ownerId>123456789012</ownerId>
            <groupId>sg-1a2b3c4d</groupId>
            <groupName>MySecurityGroup</groupName>
            <groupDescription>MySecurityGroup</groupDescription>
            <vpcId>vpc-81326ae4</vpcId>
            <ipPermissions>
                <item>
                    <ipProtocol>tcp</ipProtocol>
                    <fromPort>22</fromPort>
                    <toPort>22</toPort>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>0.0.0.0/0</cidrIp>
                        </item>
                    </ipRanges>
                    <prefixListIds/>
                </item>
                <item>
                    <ipProtocol>icmp</ipProtocol>
                    <fromPort>-1</fromPort>
                    <toPort>-1</toPort>
                    <groups>
                        <item>
                            <securityGroupRuleId>sgr-abcdefghi01234560</securityGroupRuleId>
                            <userId>111222333444</userId>
                            <groupId>sg-11aa22bb</groupId>
                            <vpcId>vpc-dd326ab8</vpcId>
                            <vpcPeeringConnectionId>pcx-11223344</vpcPeeringConnectionId>
                            <peeringStatus>active</peeringStatus>
                        </item>
                    </groups>
                    <ipRanges/>
                    <prefixListIds/>
                </item>
            </ipPermissions>
            <ipPermissionsEgress>
                <item>
                    <ipProtocol>-1</ipProtocol>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>0.0.0.0/0</cidrIp>
                        </item>
                    </ipRanges>
                    <prefixListIds/>
                </item>
            </ipPermissionsEgress>
        </item>
    </securityGroupInfo>
</DescribeSecurityGroupsResponse>`
  },
  {
    action: "DescribeSecurityGroups",
    url: describeSecurityGroupsUrl,
    read,
    example: "Example 2: groups granting port 22 to app_server_group or database_group",
    request: `https://ec2.amazonaws.com/?Action=DescribeSecurityGroups
&Filter.1.Name=ip-permission.protocol
&Filter.1.Value.1=tcp
&Filter.2.Name=ip-permission.from-port
&Filter.2.Value.1=22
&Filter.3.Name=ip-permission.to-port
&Filter.3.Value.1=22
&Filter.4.Name=ip-permission.group-name
&Filter.4.Value.1=app_server_group
&Filter.4.Value.2=database_group
&AUTHPARAMS`
  },
  {
    action: "DescribeSecurityGroups",
    url: describeSecurityGroupsUrl,
    read,
    example: "Example 3: IPv6 rules",
    request: `https://ec2.amazonaws.com/?Action=DescribeSecurityGroups
&GroupId.1=sg-9bf6ceff
&AUTHPARAMS`,
    response: `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>1d62eae0-acdd-481d-88c9-example</requestId>
    <securityGroupInfo>
        <item>
            <ownerId>123456789012</ownerId>
            <groupId>sg-9bf6ceff</groupId>
            <groupName>SSHAccess</groupName>
            <groupDescription>Security group for SSH access</groupDescription>
            <vpcId>vpc-31896b55</vpcId>
            <ipPermissions>
                <item>
                    <ipProtocol>tcp</ipProtocol>
                    <fromPort>22</fromPort>
                    <toPort>22</toPort>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>0.0.0.0/0</cidrIp>
                        </item>
                    </ipRanges>
                    <ipv6Ranges>
                        <item>
                            <cidrIpv6>::/0</cidrIpv6>
                        </item>
                    </ipv6Ranges>
                    <prefixListIds/>
                </item>
            </ipPermissions>
            <ipPermissionsEgress>
                <item>
                    <ipProtocol>-1</ipProtocol>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>0.0.0.0/0</cidrIp>
                        </item>
                    </ipRanges>
                    <ipv6Ranges>
                        <item>
                            <cidrIpv6>::/0</cidrIpv6>
                        </item>
                    </ipv6Ranges>
                    <prefixListIds/>
                </item>
            </ipPermissionsEgress>
        </item>
    </securityGroupInfo>
</DescribeSecurityGroupsResponse>`
  },
  {
    action: "DescribeSecurityGroups",
    url: describeSecurityGroupsUrl,
    read,
    example: "Example 4: a rule with a description",
    request: `https://ec2.amazonaws.com/?Action=DescribeSecurityGroups
&GroupId.1=sg-bcc24bcd
&AUTHPARAMS`,
    response: `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
<requestId>6b0c76fb-0da6-4357-bb60-1fexample</requestId>
    <securityGroupInfo>
        <item>
            <ownerId>123456789012</ownerId>
            <groupId>sg-bcc24bcd</groupId>
            <groupName>default</groupName>
            <groupDescription>default VPC security group</groupDescription>
            <vpcId>vpc-a33cbfda</vpcId>
            <ipPermissions>
                <item>
                    <ipProtocol>-1</ipProtocol>
                    <groups>
                        <item>
                            <userId>123456789012</userId>
                            <groupId>sg-bcc24bcd</groupId>
                        </item>
                    </groups>
                    <ipRanges/>
                    <ipv6Ranges/>
                    <prefixListIds/>
                </item>
                <item>
                    <ipProtocol>tcp</ipProtocol>
                    <fromPort>3389</fromPort>
                    <toPort>3389</toPort>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>203.0.113.0/24</cidrIp>
                            <description>RDP access from B network</description>
                        </item>
                    </ipRanges>
                    <ipv6Ranges/>
                    <prefixListIds/>
                </item>
            </ipPermissions>
            <ipPermissionsEgress>
                <item>
                    <ipProtocol>-1</ipProtocol>
                    <groups/>
                    <ipRanges>
                        <item>
                            <cidrIp>0.0.0.0/0</cidrIp>
                        </item>
                    </ipRanges>
                    <ipv6Ranges/>
                    <prefixListIds/>
                </item>
            </ipPermissionsEgress>
        </item>
    </securityGroupInfo>
</DescribeSecurityGroupsResponse>`
  }
]

/** The error document: the error-codes page's "Example error response". */
export const errorResponse = {
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html#api-error-response",
  read,
  example: "The following shows an example of an error response.",
  response: `<Response>
    <Errors>
         <Error>
           <Code>InvalidInstanceID.NotFound</Code>
           <Message>The instance ID 'i-1a2b3c4d' does not exist</Message>
         </Error>
    </Errors>
    <RequestID>ea966190-f9aa-478e-9ede-example</RequestID>
</Response>`
} as const

/**
 * DescribeKeyPairs, the example response of the Query requests page ("The following shows an example
 * response."): no request is printed with it. Its fingerprint is wrapped in whitespace, as printed.
 */
export const describeKeyPairsResponse = {
  action: "DescribeKeyPairs",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html",
  read,
  example: "Query response structures: an example response",
  response: `<DescribeKeyPairsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
  <keySet>
    <item>
      <keyName>gsg-keypair</keyName>
      <keyFingerprint>
         00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
      </keyFingerprint>
    </item>
  </keySet>
</DescribeKeyPairsResponse>`
} as const
