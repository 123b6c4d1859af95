import { z } from 'zod';

export const Role = z.enum(['administrator', 'chair', 'adm', 'nominated_officer', 'adviser', 'viewer']);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Panel administrator',
  chair: 'Chair or vice chair',
  adm: 'Agency decision maker',
  nominated_officer: 'Nominated officer',
  adviser: 'Panel adviser',
  viewer: 'Viewer',
};
