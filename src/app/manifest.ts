import type { MetadataRoute } from 'next'

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai',
    short_name: 'Sở Nội vụ Lào Cai',
    description: 'Tin tức, hoạt động và thông tin chính thức của Sở Nội vụ tỉnh Lào Cai.',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#9e1b1b',
    icons: [{ src: '/favicon.ico', sizes: '32x32', type: 'image/x-icon' }],
  }
}
