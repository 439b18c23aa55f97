import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { forgetWeatherSettings } from '@/weather/state'

/** The header's weather line: from Open-Meteo's forecast, or typed by staff when the feed is off. */
export const Weather: GlobalConfig = {
  slug: 'weather',
  label: { vi: 'Thời tiết', en: 'Weather' },
  access: { read: anyone, update: isEditorOrAbove },
  admin: { group: { vi: 'Giao diện', en: 'Site' } },
  hooks: { afterChange: [() => forgetWeatherSettings()] },
  fields: [
    { name: 'place', type: 'text', required: true, defaultValue: 'Lào Cai', label: { vi: 'Địa danh', en: 'Place' } },
    {
      name: 'useFeed',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Lấy số liệu tự động (Open-Meteo)', en: 'Use the Open-Meteo feed' },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', defaultValue: 22.4856, label: { vi: 'Vĩ độ', en: 'Latitude' } },
        { name: 'longitude', type: 'number', defaultValue: 103.9707, label: { vi: 'Kinh độ', en: 'Longitude' } },
      ],
      admin: { condition: (data) => Boolean(data?.useFeed) },
    },
    {
      type: 'row',
      fields: [
        { name: 'manualMin', type: 'number', label: { vi: 'Nhiệt độ thấp nhất (°C)', en: 'Min (°C)' } },
        { name: 'manualMax', type: 'number', label: { vi: 'Nhiệt độ cao nhất (°C)', en: 'Max (°C)' } },
      ],
      admin: { condition: (data) => !data?.useFeed },
    },
  ],
}
