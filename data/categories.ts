/** Product categories: the home page, navigation and comparisons group products by these, so peers are compared. */
export const categories = [
  {
    id: 'identity',
    label: 'Identity and access management',
    plural: 'identity servers',
    description: 'Servers that sign users in, issue tokens and manage accounts for your applications.',
    otherNames: ['IAM', 'identity', 'identity and access management'],
  },
  {
    id: 'internal-tools',
    label: 'Internal-tool builders',
    plural: 'internal-tool builders',
    description: 'Low-code platforms for building admin panels, dashboards and business apps on your own data.',
    otherNames: ['internal tool', 'internal-tools', 'low-code', 'low code', 'no-code', 'no code', 'app builder'],
  },
  {
    id: 'cloud-development-environments',
    label: 'Cloud development environments',
    plural: 'cloud development environments',
    description: 'Platforms that run developer workspaces on your own infrastructure.',
    otherNames: ['CDE', 'cloud development environment', 'cloud IDE', 'remote development', 'developer workspace'],
  },
  {
    id: 'solid-servers',
    label: 'Solid servers',
    plural: 'Solid servers',
    description: 'Servers that host Solid pods: personal data stores with standard access control.',
    otherNames: ['Solid', 'Solid pod'],
  },
] as const;
